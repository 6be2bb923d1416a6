// 单位信息: the unit's names and contact details; new drafts take them, and the open draft can take them too.
import { useEffect, useState } from 'react';
import type { UnitProfile } from '../../../../core/common/model/types';
import { EMPTY_PROFILE } from '../../../../core/common/model/types';
import { api } from '../../api';
import { Dialog } from '../../components/Dialog';
import { errorText } from '../../components/format';

const FIELDS: [keyof UnitProfile, string, string][] = [
  ['fullName', '单位全称', '莆田市司法局'],
  ['partyGroupName', '党组（党委）名称', '中共莆田市司法局党组'],
  ['shortName', '单位简称', '市司法局'],
  ['phone', '联系电话', '0594-0000000'],
  ['mailAddress', '邮政信箱', '莆田市城厢区…'],
  ['postcode', '邮政编码', '351100'],
  ['email', '电子邮箱', 'xxx@163.com'],
];

export interface ProfileDialogProps {
  /** Set while a draft is open: offers to copy the profile into it. */
  openDraftTitle: string | null;
  onSaved: (p: UnitProfile, applyToOpen: boolean) => void;
  onClose: () => void;
}

export function ProfileDialog(p: ProfileDialogProps) {
  const [profile, setProfile] = useState<UnitProfile | null>(null);
  const [applyToOpen, setApply] = useState(true);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api['profile.get']({}).then(setProfile, (e: unknown) => {
      setProfile({ ...EMPTY_PROFILE });
      setError(errorText(e));
    });
  }, []);
  const save = async (): Promise<void> => {
    if (!profile) return;
    try {
      const saved = await api['profile.save']({ profile });
      p.onSaved(saved, !!p.openDraftTitle && applyToOpen);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Dialog
      title="单位信息"
      onClose={p.onClose}
      className="profile-dialog"
      actions={
        <>
          <button type="button" onClick={p.onClose}>取消</button>
          <button type="button" className="primary" disabled={!profile} onClick={() => void save()}>保存</button>
        </>
      }
    >
      <p className="note">新建文稿时自动填入；通报的署名、监督联系段都来自这里。</p>
      {profile && FIELDS.map(([k, label, hint]) => (
        <label key={k} className="field-row">
          <span className="field-label">{label}</span>
          <input aria-label={label} value={profile[k]} placeholder={hint} onChange={(e) => setProfile({ ...profile, [k]: e.target.value })} />
        </label>
      ))}
      {p.openDraftTitle !== null && (
        <label className="check-row">
          <input type="checkbox" checked={applyToOpen} onChange={(e) => setApply(e.target.checked)} />
          同时更新当前文稿（{p.openDraftTitle || '无标题'}）
        </label>
      )}
      {error && <p className="error-text" role="alert">{error}</p>}
    </Dialog>
  );
}
