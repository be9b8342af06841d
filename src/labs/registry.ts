/**
 * The lab registry: every lab of the playground, in tab order. Adding a lab is one folder
 * (src/labs/<id>/, docs/adding-a-lab.md) and one line here; the shell generates the tabs, routes,
 * links, persistence, help and test hooks from this list.
 */
import { basinsLab } from './basins';
import { bodiesLab } from './bodies';
import { capacityLab } from './capacity';
import { cdamLab } from './cdam';
import { censusLab } from './census';
import { kernelLab } from './kernel';
import { studioLab } from './studio';
import { trainLab } from './train';

export const LABS = [
  studioLab,
  basinsLab,
  trainLab,
  capacityLab,
  censusLab,
  bodiesLab,
  kernelLab,
  cdamLab,
] as const;
