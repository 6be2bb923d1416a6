// Every export of the open draft: save pending edits first (the host exports what is stored), proofread and warn on
// errors for Word/PDF, then hand the file to the clerk. One export at a time; reports `busy` for the close prompt.
import { useCallback, useRef, useState } from 'react';
import type { Draft } from '../../../../core/common/model/types';
import { api } from '../../api';
import { errorText } from '../../components/format';
import { deliverFile } from './deliver-file';
import { type DocKind, type LayoutChoice, loadExportOptions, saveExportOptions } from './export-options';
import type { ExportStep } from './ExportDialog';

export type ExportKind = DocKind | 'ledger-xlsx' | 'ledger-docx' | 'draft-file';

export interface ExportDeps {
  draftId: string;
  /** Saves pending edits and resolves once the host has them. */
  saveNow: () => Promise<void>;
  /** The draft as it stands in the editor. */
  snapshot: () => Draft;
  onNotice: (m: string) => void;
  onError: (m: string) => void;
  onBusy?: (busy: boolean) => void;
}

export interface ExportState {
  doc: DocKind;
  initial: LayoutChoice;
  step: ExportStep;
}

export function useExport(deps: ExportDeps) {
  const d = useRef(deps);
  d.current = deps;
  const [dialog, setDialog] = useState<ExportState | null>(null);
  const running = useRef(false);

  const guard = useCallback(async (work: () => Promise<void>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    d.current.onBusy?.(true);
    try {
      await work();
    } catch (e) {
      d.current.onError(errorText(e));
    } finally {
      running.current = false;
      d.current.onBusy?.(false);
    }
  }, []);

  const deliver = (r: Parameters<typeof deliverFile>[0]): void => {
    const line = deliverFile(r);
    if (line) d.current.onNotice(line);
  };

  const request = useCallback((kind: ExportKind): void => {
    const { draftId } = d.current;
    if (kind === 'docx' || kind === 'pdf') {
      setDialog({ doc: kind, initial: loadExportOptions(d.current.snapshot()), step: { kind: 'options' } });
      return;
    }
    void guard(async () => {
      await d.current.saveNow();
      if (kind === 'draft-file') deliver(await api['drafts.exportFile']({ id: draftId }));
      else deliver(await api['export.ledger']({ id: draftId, format: kind === 'ledger-xlsx' ? 'xlsx' : 'docx' }));
    });
  }, [guard]);

  const confirm = useCallback((o: LayoutChoice, despiteErrors: boolean): void => {
    const cur = dialog;
    if (!cur) return;
    saveExportOptions(d.current.draftId, o);
    setDialog({ ...cur, initial: o, step: { kind: 'busy' } });
    void guard(async () => {
      try {
        await d.current.saveNow();
        if (!despiteErrors) {
          const { findings } = await api['checks.run']({ draft: d.current.snapshot() });
          const errors = findings.filter((f) => f.severity === 'error').length;
          if (errors > 0) {
            setDialog({ ...cur, initial: o, step: { kind: 'warn', errors } });
            return;
          }
        }
        const input = { id: d.current.draftId, ...o };
        deliver(await (cur.doc === 'docx' ? api['export.docx'](input) : api['export.pdf'](input)));
        setDialog(null);
      } catch (e) {
        setDialog({ ...cur, initial: o, step: { kind: 'options' } });
        throw e;
      }
    });
  }, [dialog, guard]);

  return { request, dialog, confirm, close: useCallback(() => setDialog(null), []) };
}
