/**
 * The DAM Playground command line, on the same core as the app.
 *
 *   npm run --silent dam -- retrieve [--input case.json] [--time-limit 60]
 *   npm run --silent dam -- train --n 3 --epochs 5 --K 100 --seed 1 [--subset 1000] [--out f.json]
 *   npm run --silent dam -- capacity --config grid.json [--shard k/m] [--out shard.jsonl]
 *   npm run --silent dam -- capacity --energy polynomial --n 3 --N 100 --criterion fixed --seed 1
 *   npm run --silent dam -- merge shard-*.jsonl --config grid.json [--out result.json]
 *   npm run --silent dam -- census --N 100 --P 10 --E 20 --probes 2000 --seed 1 [--config c.json]
 *   npm run --silent dam -- features --D 100 --K 500 --beta 10 --Y 2500,5000,10000 --seed 1
 *   npm run --silent dam -- features --config features.json [--out result.json]
 *   npm run --silent dam -- kernel --M 6 --D 10 --dphi 3 --tau 0.1 --iters 500 --seed 1
 *   npm run --silent dam -- kernel --config kernel.json [--out result.json]
 *
 * retrieve prints one JSON object {"final", "converged", "steps", "energies"} (retrieve-command.ts);
 * train prints one JSON line per epoch (train-command.ts); capacity one JSON line per grid point,
 * or one object for a point from flags (capacity-command.ts); merge joins the lines of a grid's
 * shards into one result file (merge-command.ts); census one object with the classes of the
 * census's states (census-command.ts); features one object with the DrDAM-vs-MrDAM errors per
 * (β, Y, query kind) and the slope of log MAE against log Y (features-command.ts); kernel one
 * object with a U-Hop+ training's loss and minimum angle per iteration, and optionally the MNIST
 * metastable table and basin shares (kernel-command.ts). Every error
 * is exactly one line on stderr: exit status 2 for a malformed command line, 1 for bad input or
 * a failed run.
 *
 * This file only connects the process to damMain (cli-main.ts), where the logic lives.
 */
import { damMain } from './cli-main';

void damMain(process.argv.slice(2), process).then((code) => (process.exitCode = code));
