/**
 * The labs as tabs: real links (#/<id>), so Tab reaches them, Enter follows them, the middle
 * click opens a new tab, and Back returns. The shown one carries aria-current="page".
 */
import { useDamStore } from '../../store';
import { INDEX_ROUTE } from '../../store/ui-slice';
import { useShell } from '../context';
import { routeHash } from '../routes';
import { useViewFlags } from './use-view-flags';

export function TabBar() {
  const shell = useShell();
  const route = useDamStore((s) => s.ui.route);
  const flags = useViewFlags();
  const tabs = [
    ...shell.labs.map((l) => ({ id: l.id, title: l.title, hint: l.purpose })),
    { id: INDEX_ROUTE, title: 'All labs', hint: 'Every lab of the playground, with what it shows' },
  ];
  return (
    <nav className="tabs" aria-label="Labs">
      {tabs.map((t) => (
        <a
          key={t.id}
          href={routeHash(t.id, flags)}
          title={t.hint}
          aria-current={route === t.id ? 'page' : undefined}
          className={route === t.id ? 'tab current' : 'tab'}
        >
          {t.title}
        </a>
      ))}
    </nav>
  );
}
