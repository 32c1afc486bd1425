/** The page frame: skip link, header with navigation, language and session, then the page. */
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/use-api.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate } from '../lib/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages.en.ts';
import { Link, navigate, usePlace } from '../lib/router.tsx';

const sections: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.overview' },
  { href: '/value-over-time', label: 'nav.valueOverTime' },
  { href: '/compare', label: 'nav.compare' },
  { href: '/equipment', label: 'nav.equipment' },
  { href: '/ledger', label: 'nav.ledger' },
  { href: '/packages', label: 'nav.packages' },
  { href: '/meetings', label: 'nav.meetings' },
  { href: '/requirements', label: 'nav.requirements' },
  { href: '/timeline', label: 'nav.timeline' },
  { href: '/claims', label: 'nav.claims' },
  { href: '/trackers', label: 'nav.trackers' },
];

function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="language">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select
        value={locale}
        onChange={(e) => setLocale(e.target.value as 'en' | 'fr')}
        aria-label={t('nav.language')}
      >
        <option value="en" lang="en">
          English
        </option>
        <option value="fr" lang="fr">
          Français
        </option>
      </select>
    </label>
  );
}

/** The search box: submitting it opens /search?q=… (the page reads the query from the address). */
function SearchBox() {
  const { t } = useI18n();
  const { path, search } = usePlace();
  const current = path === '/search' ? (search.get('q') ?? '') : '';
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        const q = String(new FormData(e.currentTarget).get('q') ?? '').trim();
        if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
      }}
    >
      <input
        key={current}
        type="search"
        name="q"
        defaultValue={current}
        maxLength={100}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
      />
    </form>
  );
}

function SessionMenu() {
  const { me, signOut } = useSession();
  const { t } = useI18n();
  if (me.role === 'public')
    return (
      <Link
        className="button button-quiet"
        href={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
      >
        {t('nav.signIn')}
      </Link>
    );
  return (
    <span className="session">
      <span className="who">
        {me.user} · {t(`role.${me.role}`)}
        {me.party ? ` (${me.party})` : ''}
      </span>
      <button type="button" className="button-quiet" onClick={() => signOut().then(() => navigate('/'))}>
        {t('nav.signOut')}
      </button>
    </span>
  );
}

/** The dates every page names: the data the reader sees, and the exchange rates it is converted at. */
function Freshness() {
  const { t, locale } = useI18n();
  const loaded = useApi('/api/v1/freshness');
  if (loaded.state !== 'ready') return null;
  const { data_changed_at: data, rates_published_on: rates } = loaded.data;
  const parts = [
    data ? t('footer.dataAsOf', { date: formatDate(data.slice(0, 10), locale) }) : null,
    rates ? t('footer.ratesOf', { date: formatDate(rates, locale) }) : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return <p data-testid="freshness">{parts.join(' · ')}</p>;
}

export function Layout({ children, title }: { children: React.ReactNode; title: string }) {
  const { t } = useI18n();
  const { can } = useSession();
  const { path } = usePlace();
  const [open, setOpen] = useState(false);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${title} · Ramstein`;
    setOpen(false);
  }, [title, path]);

  const links = [
    ...sections,
    ...(can.review ? [{ href: '/review', label: 'nav.review' as const }] : []),
    ...(can.manageUsers ? [{ href: '/admin', label: 'nav.admin' as const }] : []),
  ];
  const current = (href: string) => (href === '/' ? path === '/' : path.startsWith(href));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link href="/" className="brand">
            Ramstein
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={open}
            aria-controls="site-nav"
            onClick={() => setOpen((o) => !o)}
          >
            {t('nav.menu')}
          </button>
          <nav id="site-nav" className={open ? 'open' : ''} aria-label={t('nav.main')}>
            <ul>
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} aria-current={current(link.href) ? 'page' : undefined}>
                    {t(link.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <SearchBox />
            <LanguageSwitch />
            <SessionMenu />
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <Freshness />
        <p>{t('footer.text')}</p>
        <a href="/api/docs">{t('footer.api')}</a>
      </footer>
    </>
  );
}
