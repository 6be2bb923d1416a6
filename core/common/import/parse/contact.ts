// The supervision paragraph (欢迎广大干部群众…联系电话…) → unit profile values, bound back into the text as fields.
import type { FieldRef, Inline, UnitProfile } from '../../model/types';
import { withSpans } from './inlines';

export type ContactValues = Partial<Pick<UnitProfile, 'phone' | 'mailAddress' | 'postcode' | 'email'>>;

const PHONE = /(?:联系电话|举报电话|监督电话|电话)[：:]?\s*((?:（\d{3,4}）)?(?:\d[\d\-—－–() （）]{5,}\d)(?:[、，或/]\s*\d[\d\-—－–]{5,}\d)*)/;
const MAIL = /(?:邮政信箱|邮寄信箱|通信地址|通讯地址|来信地址|邮寄地址)[：:]?\s*([^；;。，、]+?)(?=[；;。，、]|（?邮[政编]|$)/;
const POSTCODE = /邮(?:政)?编(?:码)?[：:为]?\s*(\d{6})/;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export function isContactParagraph(text: string): boolean {
  if (text.length >= 400) return false;
  const signals = [/欢迎.{0,20}(监督|反映|批评)/, PHONE, /邮政信箱|通信地址|通讯地址|来信地址/, EMAIL, /联系方式/, POSTCODE].filter((re) => re.test(text)).length;
  return signals >= 2;
}

export function readContact(text: string): ContactValues {
  const out: ContactValues = {};
  if (text.length >= 400) return out;
  const phone = PHONE.exec(text)?.[1]?.trim();
  if (phone) out.phone = phone;
  const mail = MAIL.exec(text)?.[1]?.trim();
  if (mail) out.mailAddress = mail;
  const postcode = POSTCODE.exec(text)?.[1];
  if (postcode) out.postcode = postcode;
  const email = EMAIL.exec(text)?.[0];
  if (email) out.email = email;
  return out;
}

/** Replaces the first occurrence of each value with a field reference, so the profile drives the text. */
export function bindValues(text: string, values: [string, FieldRef['key']][]): Inline[] {
  return withSpans(text, values.filter(([v]) => v).map(([value, key]) => ({ at: text.indexOf(value), len: value.length, inline: { t: 'field', key } })));
}

export function contactInlines(text: string, c: ContactValues): Inline[] {
  return bindValues(text, [
    [c.phone ?? '', 'profile.phone'],
    [c.mailAddress ?? '', 'profile.mailAddress'],
    [c.postcode ?? '', 'profile.postcode'],
    [c.email ?? '', 'profile.email'],
  ]);
}
