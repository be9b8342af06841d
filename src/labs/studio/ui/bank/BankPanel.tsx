/** The memory bank: count, file export/import, clear, the thumbnail grid and the sources. */
import { useRef } from 'react';
import { Term } from '../../../../shell/ui/Term';
import { useDamStore } from '../../../../store';
import { selectStudent } from '../../../../store/ui-slice';
import { bankFromJson, bankToFile } from '../../../../shell/bank/bank-file';
import { downloadText } from '../../../../shell/files/download';
import { BankGrid } from './BankGrid';
import { BankSources } from './BankSources';
import { PrototypeTaskBar } from './PrototypeTaskBar';
import { errorMessage } from '../../../../core/util/error-message';

const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function importFile(file: File): Promise<void> {
  const s = useDamStore.getState();
  try {
    if (file.size > MAX_FILE_BYTES) throw new Error('the file is larger than 64 MB');
    const { size, items, prototypes } = bankFromJson(await file.text());
    s.replaceBank(size, items, prototypes);
    s.resizeDrawing(size);
    s.notify(`Imported ${items.length} memories from ${file.name}.`);
  } catch (err) {
    s.notify(
      `Could not import ${file.name}: ${errorMessage(err)}. ` + 'Your memory bank is unchanged.',
      'error',
    );
  }
}

export function BankPanel() {
  const count = useDamStore((s) => s.bank.items.length);
  const size = useDamStore((s) => s.bank.size);
  const dataset = useDamStore((s) => s.dataset);
  const student = useDamStore(selectStudent);
  const fileInput = useRef<HTMLInputElement>(null);

  return (
    <section className="panel memories" aria-labelledby="memories-heading">
      <div className="bank-head">
        <h2 id="memories-heading">
          <Term id="memory">Memories</Term>{' '}
          <span className="muted" data-testid="bank-count">
            · K = {count} on a {size}×{size} grid
          </span>
        </h2>
        {!student && (
          <div className="bank-tools">
            <button
              type="button"
              onClick={() => {
                const { bank } = useDamStore.getState();
                downloadText(
                  JSON.stringify(bankToFile(bank.size, bank.items, bank.prototypes)),
                  'dam-memories.json',
                  'application/json',
                );
              }}
            >
              Export JSON
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Import JSON
            </button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              aria-label="Import a memory bank (JSON)"
              hidden
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importFile(file);
              }}
            />
            <button
              type="button"
              disabled={count === 0}
              aria-label="Clear the memory bank"
              onClick={() => {
                if (confirm(`Remove all ${count} memories?`)) useDamStore.getState().clearBank();
              }}
            >
              Clear
            </button>
          </div>
        )}
      </div>
      <PrototypeTaskBar />
      {dataset.status === 'error' && (
        <p role="alert" className="error">
          {dataset.error}
        </p>
      )}
      <BankGrid editable={!student} />
      {!student && <BankSources />}
    </section>
  );
}
