// What a clerk sees beside the library when no draft is open — on the first start above all: the three ways to begin
// as buttons (not a sentence to decode), and a reminder to fill in 单位信息 while it is still empty.
import { useEffect, useState } from 'react';
import { api } from '../../api';

export interface WelcomePaneProps {
  /** Bumped when the library changed (a profile saved, a draft added): the reminder is looked up again. */
  refresh: number;
  onNew: () => void;
  onImport: () => void;
  onProfile: () => void;
}

export function WelcomePane(p: WelcomePaneProps) {
  const [profileEmpty, setProfileEmpty] = useState(false);
  useEffect(() => {
    let live = true;
    api['profile.get']({}).then(
      (prof) => live && setProfileEmpty(!Object.values(prof).some((v) => typeof v === 'string' && v.trim())),
      () => live && setProfileEmpty(false),
    );
    return () => void (live = false);
  }, [p.refresh]);
  return (
    <section className="editor-area idle" aria-label="文稿">
      <div className="welcome">
        <h1>开始起草</h1>
        <p className="muted">从左侧选择文稿继续编辑，或者：</p>
        <div className="welcome-actions">
          <button type="button" onClick={p.onNew}>
            <b>从模板起草</b>
            <span>按模板生成巡察整改进展情况通报、工作总结等</span>
          </button>
          <button type="button" onClick={p.onImport}>
            <b>导入已发布的通报</b>
            <span>读入去年的通报（网页文字、Word 文件），自动识别方面、问题和措施</span>
          </button>
        </div>
        {profileEmpty && (
          <p className="warn-box welcome-profile">
            还没有填写单位信息。署名、监督联系段（电话、邮箱）都从这里自动填入。
            <button type="button" className="link" onClick={p.onProfile}>填写单位信息</button>
          </p>
        )}
        <p className="muted welcome-tip">去年的通报导入后，在文稿库中点文稿右侧的“⋯”，选“以此为基础新建下一年度”，即可在去年文稿的基础上起草今年的通报。</p>
      </div>
    </section>
  );
}
