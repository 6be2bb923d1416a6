// The editor's nodes map one to one onto the model: loading a draft and reading it back loses nothing.
import { describe, expect, it } from 'vitest';
import { enumeration, measure, paragraph, problem, section } from '../../core/common/model/build';
import type { Draft } from '../../core/common/model/types';
import { instantiateTemplate } from '../../core/common/templates/engine';
import { PUTIAN_PROFILE } from '../support/profiles';
import { putianSizeDraft, syntheticRectificationDraft } from '../support/synthetic-draft';
import { builtinTemplates } from '../support/templates';
import { headlessEditor, loadDraft, normaliseDraft, readDraft } from './helpers';

function roundTrip(draft: Draft): Draft {
  const editor = headlessEditor();
  loadDraft(editor, draft);
  return readDraft(editor, draft);
}

describe('round trip draft → editor → draft', () => {
  const templates = builtinTemplates();

  it('has all three built-in templates to test with', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(['rectification-notice', 'rectification-notice-xunshi', 'rectification-report', 'work-summary']);
  });

  for (const t of builtinTemplates()) {
    it(`keeps every block, id, field, guidance and ledger fact of the template “${t.name}”`, () => {
      const draft = instantiateTemplate(t, { profile: PUTIAN_PROFILE, now: '2025-02-17T08:00:00.000Z' });
      expect(roundTrip(draft)).toEqual(normaliseDraft(draft));
    });
  }

  it('keeps a putian-size draft (38 problems, ≈17,000 characters) exactly', () => {
    const draft = putianSizeDraft();
    expect(roundTrip(draft)).toEqual(normaliseDraft(draft));
  });

  it('keeps a large synthetic draft (12 aspects, 240 problems)', () => {
    const draft = syntheticRectificationDraft({ aspects: 12, categoriesPerAspect: 4, problemsPerCategory: 5, measuresPerProblem: 4 });
    expect(roundTrip(draft)).toEqual(normaliseDraft(draft));
  });

  it('keeps counts, stated counts, enumerations, inline problems, measure statuses and block flags', () => {
    const draft = putianSizeDraft();
    draft.body.push(
      paragraph([{ t: 'text', text: '共' }, { t: 'count', key: 'problems', stated: 40 }, { t: 'text', text: '个问题，完成率' }, { t: 'count', key: 'completionRate' }, { t: 'text', text: '%。' }]),
      enumeration('paren', ['甲；', '乙。'], '包括：', 'block'),
      section('group', '（一）基本完成整改的问题', [
        problem('某问题', [measure('措施一', 'done'), measure('措施二', 'not-done')], { form: 'inline', status: 'mostly-done', statusPhrase: '已基本完成整改', carried: true, uncertain: '状态不明确' }),
      ], { numbered: false, carried: true }),
    );
    expect(roundTrip(draft)).toEqual(normaliseDraft(draft));
  });

  it('round-trips an empty draft to an empty paragraph it can type in', () => {
    const draft = putianSizeDraft();
    draft.body = [];
    const back = roundTrip(draft);
    expect(back.body).toHaveLength(1);
    expect(back.body[0]!.type).toBe('paragraph');
  });
});
