/**
 * Shown while the bank carries a prototype task or a bank is held aside: what the task is, and
 * "Restore previous memories", which puts back the bank, cue and model the task replaced.
 */
import { restorePreviousBank } from '../../../../shell/bank/prototype-task';
import { useShell } from '../../../../shell/context';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';

const MAX_LABELS = 6;

export function PrototypeTaskBar() {
  const shell = useShell();
  const prototypes = useDamStore((s) => s.bank.prototypes);
  const asideCount = useDamStore((s) => s.bankAside?.items.length ?? null);
  if (!prototypes && asideCount === null) return null;
  const labels = prototypes?.labels ?? [];
  const shown =
    labels.length <= MAX_LABELS
      ? labels.join(', ')
      : `${labels.slice(0, MAX_LABELS).join(', ')} … (${labels.length})`;
  return (
    <div className="task-bar" data-testid="prototype-task">
      {prototypes && (
        <span>
          Prototype task: the memories are examples of {prototypes.count} prototypes ({shown}){' '}
          <Term id="prototype" />
        </span>
      )}
      {asideCount !== null && (
        <button type="button" onClick={() => restorePreviousBank(shell)}>
          Restore previous memories ({asideCount})
        </button>
      )}
    </div>
  );
}
