// A realistic unit profile for tests (the values of a published notice's 监督联系段).
import type { UnitProfile } from '../../core/common/model/types';

export const PUTIAN_PROFILE: UnitProfile = {
  fullName: '莆田市司法局',
  partyGroupName: '中共莆田市司法局党组',
  shortName: '市司法局',
  phone: '0594-2630053',
  mailAddress: '福建省莆田市城厢区凤凰山街道学园中街95号（莆田市司法局）',
  postcode: '351100',
  email: 'ptsf2230053@163.com',
};
