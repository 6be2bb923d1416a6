// An in-app confirmation (window.confirm is blocking and looks foreign in the desktop shell).
import { Dialog } from './Dialog';

export interface ConfirmRequest {
  title: string;
  message: string;
  confirm: string;
  cancel?: string;
  danger?: boolean;
}

export function ConfirmDialog({ req, onAnswer }: { req: ConfirmRequest; onAnswer: (ok: boolean) => void }) {
  return (
    <Dialog
      title={req.title}
      onClose={() => onAnswer(false)}
      actions={
        <>
          <button type="button" onClick={() => onAnswer(false)}>{req.cancel ?? '取消'}</button>
          <button type="button" className={req.danger ? 'danger' : 'primary'} onClick={() => onAnswer(true)}>{req.confirm}</button>
        </>
      }
    >
      <p className="confirm-message">{req.message}</p>
    </Dialog>
  );
}
