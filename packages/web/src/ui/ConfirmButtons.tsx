/**
 * A destructive action asked twice: the first button asks, then "confirm" and "cancel" appear
 * in its place. The caller keeps the `confirming` state, so it can show a warning beside it.
 */
export function ConfirmButtons(props: {
  confirming: boolean;
  onAsk(): void;
  onCancel(): void;
  onConfirm(): void;
  pending: boolean;
  askLabel: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Names what the action applies to, for screen readers ("Revoke Caisse 1"). */
  ariaLabel?: string;
  small?: boolean;
}) {
  const size = props.small ? ' small-button' : '';
  if (!props.confirming) {
    return (
      <button
        type="button"
        className={`button secondary${size}`}
        aria-label={props.ariaLabel}
        onClick={props.onAsk}
      >
        {props.askLabel}
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className={`button danger${size}`}
        disabled={props.pending}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className={`button secondary${size}`} onClick={props.onCancel}>
        {props.cancelLabel}
      </button>
    </>
  );
}
