/**
 * Proves the realm rules fire: ESLint (the project's own config) lints fixture files placed at
 * paths of each realm, and must reject each forbidden import of docs/adding-a-lab.md and accept
 * the allowed ones. `npm test` runs this with the unit tests.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const FORBIDDEN: [string, string, string, RegExp][] = [
  [
    'core → anything outside core',
    'src/core/dynamics/fixture.ts',
    "import { useDamStore } from '../../store';\nexport const x = useDamStore;\n",
    /src\/core is pure/,
  ],
  [
    'core → a package',
    'src/core/dynamics/fixture.ts',
    "import * as v from 'valibot';\nexport const x = v;\n",
    /src\/core is pure/,
  ],
  [
    'ui → a worker room',
    'src/labs/basins/ui/Fixture.tsx',
    "import { basinsRoom } from '../worker/room';\nexport const x = basinsRoom;\n",
    /labs\/basins \(lab-ui\) may not import labs\/basins \(lab-worker\)/,
  ],
  [
    'ui → the engine',
    'src/labs/basins/ui/Fixture.tsx',
    "import { tf } from '../../../engine/tf';\nexport const x = tf;\n",
    /may not import engine/,
  ],
  [
    'ui → tfjs',
    'src/labs/basins/ui/Fixture.tsx',
    "import * as tf from '@tensorflow/tfjs-core';\nexport const x = tf;\n",
    /no-restricted-imports/,
  ],
  [
    'a shared component → the engine',
    'src/components/panels/Fixture.tsx',
    "import { tf } from '../../engine/tf';\nexport const x = tf;\n",
    /components may not import engine/,
  ],
  [
    'store → the engine',
    'src/store/fixture.ts',
    "import { tf } from '../engine/tf';\nexport const x = tf;\n",
    /store may not import engine/,
  ],
  [
    'worker → app',
    'src/labs/train/worker/fixture.ts',
    "import { trainLive } from '../app/training';\nexport const x = trainLive;\n",
    /may not import labs\/train \(lab-app\)/,
  ],
  [
    'worker → ui',
    'src/labs/train/worker/fixture.ts',
    "import { LabView } from '../ui/LabView';\nexport const x = LabView;\n",
    /may not import labs\/train \(lab-ui\)/,
  ],
  [
    'worker → store',
    'src/labs/train/worker/fixture.ts',
    "import { useDamStore } from '../../../store';\nexport const x = useDamStore;\n",
    /may not import store/,
  ],
  [
    'engine → store',
    'src/engine/fixture.ts',
    "import { useDamStore } from '../store';\nexport const x = useDamStore;\n",
    /engine may not import store/,
  ],
  [
    'chart → store',
    'src/charts/fixture.ts',
    "import { useDamStore } from '../store';\nexport const x = useDamStore;\n",
    /charts may not import store/,
  ],
  [
    'lab chart → store',
    'src/labs/train/ui/charts/fixture.ts',
    "import { useDamStore } from '../../../../store';\nexport const x = useDamStore;\n",
    /may not import store/,
  ],
  [
    'lab A → lab B',
    'src/labs/basins/app/fixture.ts',
    "import { createStudio } from '../../studio/app/runtime';\nexport const x = createStudio;\n",
    /labs\/basins may not import labs\/studio: no lab imports another/,
  ],
  [
    'lab A → lab B, even from a test',
    'src/labs/basins/app/fixture.test.ts',
    "import { studioRoom } from '../../studio/worker/room';\nexport const x = studioRoom;\n",
    /no lab imports another/,
  ],
  [
    'store → a lab',
    'src/store/fixture.ts',
    "import { createBasinSlice } from '../labs/basins/app/slice';\nexport const x = createBasinSlice;\n",
    /store may not import labs\/basins/,
  ],
  [
    'worker-client → store',
    'src/worker-client/fixture.ts',
    "import { useDamStore } from '../store';\nexport const x = useDamStore;\n",
    /worker-client may not import store/,
  ],
];

const ALLOWED: [string, string, string][] = [
  [
    'ui → its own app room and api types',
    'src/labs/basins/ui/Fixture.tsx',
    "import { createBasins } from '../app/runtime';\nimport type { BasinsRoomApi } from '../worker/api';\nexport const x = createBasins;\nexport type Y = BasinsRoomApi;\n",
  ],
  [
    'a worker room → core, engine, its api',
    'src/labs/train/worker/fixture.ts',
    "import { createRng } from '../../../core/util/random';\nimport { tf } from '../../../engine/tf';\nimport type { TrainRoomApi } from './api';\nexport const x = [createRng, tf];\nexport type Y = TrainRoomApi;\n",
  ],
  [
    'a lab app → the api types of one of its views (worker/<view>-api.ts)',
    'src/labs/bodies/app/fixture.ts',
    "import type { HiddenRoomApi } from '../worker/hidden-api';\nexport type Y = HiddenRoomApi;\n",
  ],
  [
    'a lab app → shell, store, worker client',
    'src/labs/studio/app/fixture.ts',
    "import { useDamStore } from '../../../store';\nimport type { Shell } from '../../../shell/shell';\nimport type { RoomClient } from '../../../worker-client/connection';\nexport const x = useDamStore;\nexport type Y = [Shell, RoomClient<unknown>];\n",
  ],
];

describe('realm boundaries (lint)', () => {
  it.each(FORBIDDEN)('rejects %s', async (_name, path, code, message) => {
    const messages = await lint(path, code);
    expect(
      messages.some((m) => message.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });

  it.each(ALLOWED)('accepts %s', async (_name, path, code) => {
    const messages = await lint(path, code);
    expect(messages.filter((m) => m.startsWith('dam/boundaries'))).toEqual([]);
  });
});
