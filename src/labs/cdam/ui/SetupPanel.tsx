/**
 * The memories and the graph: the source, how many (P) and how long (N), the graph preset, the
 * coupling, and the adjacency as a CSV file in and out (a broken file's sentence is shown and the
 * graph is kept).
 */
import { useState } from 'react';
import { NumberInput } from '../../../components/controls/NumberInput';
import { SeedInput } from '../../../components/controls/SeedInput';
import { Select } from '../../../components/controls/Select';
import { GRAPH_PRESETS, type GraphPreset } from '../../../core/cdam/graph';
import { downloadText } from '../../../shell/files/download';
import { useDamStore } from '../../../store';
import { CDAM_SOURCES, type CdamSource } from '../worker/api';
import { CDAM_RANGES as L, GRAPH_NAMES, SOURCE_NAMES } from '../app/setup';
import { useCdam } from './context';

const CSV_BYTES = 64 * 1024;

export function SetupPanel() {
  const rt = useCdam();
  const s = useDamStore((x) => x.cdam);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const fixedN = s.memories.source === 'mnist' || s.memories.source === 'bank';
  return (
    <section className="panel cdam-setup" aria-labelledby="cdam-setup-heading">
      <h2 id="cdam-setup-heading">Memories and graph</h2>
      <Select
        label="Memories"
        value={s.memories.source}
        options={CDAM_SOURCES.map((v) => ({ value: v, label: SOURCE_NAMES[v] }))}
        onChange={(source: CdamSource) =>
          rt.edit({
            memories: {
              ...s.memories,
              source,
              N: source === 'letters' ? 256 : source === 'uniform' ? 1000 : 784,
            },
          })
        }
      />
      <NumberInput
        label="P (memories)"
        value={s.memories.P}
        min={L.P[0]}
        max={L.P[1]}
        integer
        disabled={s.graphPreset === 'karate'}
        onChange={(P) => rt.setP(P)}
      />
      {!fixedN && (
        <NumberInput
          label={s.memories.source === 'letters' ? 'N (side², 64 … 1024)' : 'N (values per memory)'}
          value={s.memories.N}
          min={s.memories.source === 'letters' ? 64 : L.N[0]}
          max={s.memories.source === 'letters' ? 1024 : L.N[1]}
          integer
          onChange={(N) => rt.edit({ memories: { ...s.memories, N } })}
        />
      )}
      {s.memories.source === 'uniform' && (
        <SeedInput
          value={s.memories.seed}
          label="Memory seed"
          onChange={(seed) => rt.edit({ memories: { ...s.memories, seed } })}
        />
      )}
      <Select
        label="Graph"
        term="cdam-graph"
        value={(s.graphPreset ?? 'custom') as GraphPreset | 'custom'}
        options={[
          ...GRAPH_PRESETS.map((v) => ({ value: v, label: GRAPH_NAMES[v] })),
          ...(s.graphPreset ? [] : [{ value: 'custom' as const, label: 'your own (edited)' }]),
        ]}
        onChange={(v) => v !== 'custom' && rt.setGraphPreset(v)}
      />
      <Select
        label="Coupling"
        term="cdam-coupling"
        value={s.coupling}
        options={[
          { value: 'normalised', label: 'normalised D^−½ A D^−½' },
          { value: 'raw', label: 'raw adjacency A' },
        ]}
        onChange={(coupling) => rt.edit({ coupling })}
      />
      <div className="button-row">
        <label className="button cdam-import">
          Import adjacency CSV
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            className="sr-only"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              if (file.size > CSV_BYTES) {
                setFileNote(
                  `The adjacency file is ${Math.round(file.size / 1024)} KB; at most 64 KB is read.`,
                );
                return;
              }
              void file.text().then((text) => {
                const err = rt.importAdjacency(text);
                setFileNote(err ?? `Loaded ${file.name}.`);
              });
            }}
          />
        </label>
        <button
          type="button"
          className="cdam-export-adjacency"
          onClick={() => downloadText(rt.adjacencyText(), 'dam-cdam-adjacency.csv', 'text/csv')}
        >
          Export adjacency CSV
        </button>
      </div>
      {fileNote && (
        <p className="note cdam-file-note" role="status">
          {fileNote}
        </p>
      )}
    </section>
  );
}
