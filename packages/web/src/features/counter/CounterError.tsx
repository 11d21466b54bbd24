import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { useCounterText } from './use-counter-text.ts';

/** An error at the till, said as a sentence the cashier can act on. */
export function CounterError({ error, unit }: { error: unknown; unit?: string }) {
  const { problem } = useCounterText();
  if (!error) return null;
  const sentence = problem(error, unit);
  if (!sentence) return <ProblemAlert error={error} />;
  return (
    <div className="alert error" role="alert">
      {sentence}
    </div>
  );
}
