/**
 * The sequential mode's controls: presets, the tasks (class-incremental or permuted pixels, how
 * many, digits per class, epochs per task), the runs (n and method each, 1–4), the methods'
 * settings, the normalised-DAM toggle, and Train / Pause / Resume / Cancel. A finished run file
 * from `dam train --tasks … --out` opens here too.
 */
import { useState } from 'react';
import { Select } from '../../../components/controls/Select';
import { SeedInput } from '../../../components/controls/SeedInput';
import { KH_LIMITS } from '../../../core/classifier/kh-model';
import { SEQ_METHODS, type SeqMethod } from '../../../core/sequential/types';
import { useDamStore } from '../../../store';
import { METHOD_NAMES, runTemperature, SEQ_PRESETS, SEQ_RANGES as R } from '../app/seq-setup';
import { useTrain } from './context';
import { NumberField } from './NumberField';

const FILE_BYTES = 8 * 1024 * 1024;

export function SeqControls() {
  const rt = useTrain();
  const seq = useDamStore((s) => s.seq);
  const s = seq.setup;
  const { setSeqSetup, setSeq } = useDamStore.getState();
  const [fileNote, setFileNote] = useState<string | null>(null);
  const busy = seq.status === 'running' || seq.status === 'paused';
  const uses = (m: SeqMethod) => s.runs.some((r) => r.method === m);
  const setRun = (i: number, patch: Partial<(typeof s.runs)[number]>) =>
    setSeqSetup({ runs: s.runs.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  return (
    <>
      <section className="panel seq-presets" aria-labelledby="seq-presets-heading">
        <h2 id="seq-presets-heading">Sequential presets</h2>
        <div className="seq-preset-buttons">
          {SEQ_PRESETS.map((p) => (
            <button
              key={p.id}
              type="button"
              data-preset={p.id}
              aria-pressed={seq.preset === p.id}
              disabled={busy}
              onClick={() => setSeq({ setup: p.setup, preset: p.id })}
            >
              {p.label}
            </button>
          ))}
        </div>
        <p className="note">
          {SEQ_PRESETS.find((p) => p.id === seq.preset)?.note ?? 'Your own set-up.'}
        </p>
      </section>
      <section className="panel seq-train" aria-labelledby="seq-train-heading">
        <h2 id="seq-train-heading">Train in sequence</h2>
        <div className="button-row">
          {busy ? (
            <>
              {seq.status === 'paused' ? (
                <button type="button" onClick={() => void rt.seq.resume()}>
                  Resume
                </button>
              ) : (
                <button type="button" onClick={() => void rt.seq.pause()}>
                  Pause
                </button>
              )}
              <button type="button" onClick={() => rt.seq.cancel()}>
                Cancel
              </button>
            </>
          ) : (
            <button type="button" className="primary seq-start" onClick={() => void rt.seq.start()}>
              Train the sequence
            </button>
          )}
        </div>
        <p className="note seq-status" data-status={seq.status} aria-live="polite">
          {seq.status === 'error'
            ? seq.error
            : seq.status === 'running'
              ? `Training: epoch ${Math.min(...seq.done)} of ${s.tasks * s.epochs}.`
              : seq.status === 'paused'
                ? 'Paused.'
                : seq.status === 'finished'
                  ? `Finished in ${(seq.elapsedMs / 1000).toFixed(1)} s.`
                  : seq.status === 'cancelled'
                    ? 'Cancelled.'
                    : `${s.tasks} tasks × ${s.epochs} epochs, ${s.runs.length} runs in lockstep.`}
        </p>
      </section>
      <section className="panel seq-setup" aria-labelledby="seq-setup-heading">
        <h2 id="seq-setup-heading">Tasks and runs</h2>
        <fieldset disabled={busy} className="seq-fieldset">
          <Select
            label="Tasks"
            value={s.kind}
            options={[
              { value: 'class', label: 'class-incremental (digits in groups)' },
              { value: 'permuted', label: 'permuted pixels (all ten digits)' },
            ]}
            onChange={(kind) => setSeqSetup({ kind })}
          />
          <div className="seq-grid">
            <NumberField
              label="Tasks"
              value={s.tasks}
              min={R.tasks[0]}
              max={R.tasks[1]}
              onChange={(v) => v !== null && setSeqSetup({ tasks: v })}
            />
            <NumberField
              label="Digits per class"
              value={s.perClass}
              min={R.perClass[0]}
              max={R.perClass[1]}
              onChange={(v) => v !== null && setSeqSetup({ perClass: v })}
            />
            <NumberField
              label="Epochs per task"
              value={s.epochs}
              min={R.epochs[0]}
              max={R.epochs[1]}
              onChange={(v) => v !== null && setSeqSetup({ epochs: v })}
            />
            <NumberField
              label="Memories K"
              value={s.K}
              min={R.K[0]}
              max={R.K[1]}
              onChange={(v) => v !== null && setSeqSetup({ K: v })}
            />
          </div>
          <SeedInput value={s.seed} onChange={(seed) => setSeqSetup({ seed })} />
          {s.runs.map((r, i) => (
            <div key={i} className="seq-run-row">
              <NumberField
                label={`Run ${i + 1}: n`}
                ariaLabel={`Run ${i + 1}: power n`}
                value={r.n}
                min={KH_LIMITS.n[0]}
                max={KH_LIMITS.n[1]}
                onChange={(v) => v !== null && setRun(i, { n: v })}
              />
              <Select
                label={`Run ${i + 1}: method`}
                value={r.method}
                options={SEQ_METHODS.map((m) => ({ value: m, label: METHOD_NAMES[m] }))}
                onChange={(method) => setRun(i, { method })}
              />
              <span className="note">T = {runTemperature(s, r.n)}</span>
              {s.runs.length > R.runs[0] && (
                <button
                  type="button"
                  aria-label={`Remove run ${i + 1}`}
                  onClick={() => setSeqSetup({ runs: s.runs.filter((_, k) => k !== i) })}
                >
                  ×
                </button>
              )}
            </div>
          ))}
          {s.runs.length < R.runs[1] && (
            <button
              type="button"
              onClick={() => setSeqSetup({ runs: [...s.runs, { n: 20, method: 'rehearsal' }] })}
            >
              Add a run
            </button>
          )}
          {uses('rehearsal') && (
            <div className="seq-grid">
              <NumberField
                label="Rehearsal buffer"
                value={s.buffer}
                min={R.buffer[0]}
                max={R.buffer[1]}
                onChange={(v) => v !== null && setSeqSetup({ buffer: v })}
              />
              <Select
                label="Buffer choice"
                value={s.selection}
                options={[
                  { value: 'balanced', label: 'class-balanced' },
                  { value: 'random', label: 'at random' },
                ]}
                onChange={(selection) => setSeqSetup({ selection })}
              />
            </div>
          )}
          {uses('pseudo') && (
            <div className="seq-grid">
              <NumberField
                label="Pseudo-items"
                value={s.pseudoItems}
                min={R.pseudoItems[0]}
                max={R.pseudoItems[1]}
                onChange={(v) => v !== null && setSeqSetup({ pseudoItems: v })}
              />
              <NumberField
                label="Relaxation steps"
                value={s.pseudoSteps}
                min={R.pseudoSteps[0]}
                max={R.pseudoSteps[1]}
                onChange={(v) => v !== null && setSeqSetup({ pseudoSteps: v })}
              />
            </div>
          )}
          {uses('ewc') && (
            <div className="seq-grid">
              <NumberField
                label="EWC λ"
                value={s.lambda}
                min={R.lambda[0]}
                max={R.lambda[1]}
                integer={false}
                onChange={(v) => v !== null && setSeqSetup({ lambda: v })}
              />
              <NumberField
                label="Fisher digits"
                value={s.fisherSamples}
                min={R.fisherSamples[0]}
                max={R.fisherSamples[1]}
                onChange={(v) => v !== null && setSeqSetup({ fisherSamples: v })}
              />
            </div>
          )}
          <label className="seq-check">
            <input
              type="checkbox"
              checked={s.normalised}
              onChange={(e) => setSeqSetup({ normalised: e.currentTarget.checked, T: null })}
            />
            Normalised DAM: F((β/D) ξ·x), T in units of 1/794
          </label>
          {s.normalised && (
            <p className="note seq-norm-note">
              The authors find the good (ε₀, T) region hardly moves with n in these units. Measured
              here (npm run bench, 5 naive class tasks, 40 digits a class): n = 3 learns best near T
              = 0.13 (94 %) and n = 20 near 0.68 (82 %); each is poor at the other’s T — it moves.
            </p>
          )}
          <NumberField
            label={s.normalised ? 'T for every run (normalised)' : 'T for every run'}
            value={s.T}
            optional
            integer={false}
            placeholder="each n’s default"
            min={s.normalised ? 0.001 : KH_LIMITS.T[0]}
            max={s.normalised ? 100 : KH_LIMITS.T[1]}
            step={s.normalised ? 0.01 : 1}
            onChange={(T) => setSeqSetup({ T })}
          />
        </fieldset>
        <label className="button seq-open">
          Open a run file
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              if (file.size > FILE_BYTES)
                return setFileNote(
                  `The run file is ${(file.size / 1048576).toFixed(1)} MB; at most 8 MB is read.`,
                );
              void file
                .text()
                .then((text) => setFileNote(rt.seq.open(text) ?? `Opened ${file.name}.`));
            }}
          />
        </label>
        {fileNote && (
          <p className="note seq-file-note" role="status">
            {fileNote}
          </p>
        )}
      </section>
    </>
  );
}
