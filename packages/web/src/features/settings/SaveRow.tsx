import { ApiProblem } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';

/**
 * The end of a settings form: the error a field can't show (anything but a 422, whose field
 * errors sit under their inputs), the save button and the "saved" status.
 */
export function SaveRow(props: {
  error: unknown;
  pending: boolean;
  saved: boolean;
  saveLabel: string;
  savedLabel: string;
}) {
  const fieldLevel = props.error instanceof ApiProblem && props.error.status === 422;
  return (
    <>
      {props.error && !fieldLevel ? <ProblemAlert error={props.error} /> : null}
      <div className="row">
        <button className="button" type="submit" disabled={props.pending}>
          {props.saveLabel}
        </button>
        {props.saved && (
          <span role="status" className="small">
            {props.savedLabel}
          </span>
        )}
      </div>
    </>
  );
}

/** The server's message for one field of a failed save, if it named that field. */
export function serverFieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiProblem ? error.fieldError(field) : undefined;
}
