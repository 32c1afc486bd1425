/** A world map of the donors coloured by the chosen measure, in classes with a legend. */
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useParties } from '../../lib/parties.tsx';
import { Loading } from '../../components/States.tsx';
import type { CountryShape } from './world-shapes.ts';
import { colourClasses, type RankedDonor } from './compare-view.ts';

/** Light to dark blue, readable against the grey of "no figure". */
const classColours = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const NO_DATA = '#e5e7eb';

let shapes: Promise<{ shapes: CountryShape[]; width: number; height: number }> | undefined;
const loadShapes = () =>
  (shapes ??= import('./world-shapes.ts').then((m) => ({
    shapes: m.worldShapes(),
    width: m.MAP_WIDTH,
    height: m.MAP_HEIGHT,
  })));

export function DonorMap({
  ranked,
  chosen,
  measureLabel,
  format,
}: {
  ranked: RankedDonor[];
  chosen: string[];
  measureLabel: string;
  format: (value: string) => string;
}) {
  const { t } = useI18n();
  const { name } = useParties();
  const [world, setWorld] = useState<Awaited<ReturnType<typeof loadShapes>> | null>(null);
  useEffect(() => {
    let live = true;
    void loadShapes().then((w) => live && setWorld(w));
    return () => {
      live = false;
    };
  }, []);
  if (!world) return <Loading label={t('compare.mapLoading')} />;
  const { classOf, bounds } = colourClasses(ranked);
  // With fewer donors than classes, use the darker end of the scale.
  const colourOf = (c: number) => classColours[classColours.length - bounds.length + c]!;
  const valueOf = new Map(ranked.map((d) => [d.row.donor, d.value]));
  return (
    <figure className="donor-map" data-testid="donor-map">
      <svg
        viewBox={`0 0 ${world.width} ${world.height}`}
        role="img"
        aria-label={t('compare.mapLabel', { measure: measureLabel })}
      >
        {world.shapes.map((shape, i) => {
          const c = shape.code ? classOf.get(shape.code) : undefined;
          const value = shape.code ? valueOf.get(shape.code) : undefined;
          const label = shape.code ? name(shape.code) : shape.name;
          return (
            <path
              key={`${shape.code ?? shape.name}-${i}`}
              d={shape.d}
              fill={c === undefined ? NO_DATA : colourOf(c)}
              stroke={shape.code && chosen.includes(shape.code) ? '#111827' : '#ffffff'}
              strokeWidth={shape.code && chosen.includes(shape.code) ? 1.5 : 0.5}
              data-code={shape.code ?? undefined}
            >
              <title>{`${label}: ${value ? format(value) : t('compare.noData')}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="map-legend" data-testid="map-legend">
          {bounds.map((b, c) => (
            <li key={c}>
              <span className="swatch" style={{ background: colourOf(c) }} aria-hidden="true" />
              {b.low === b.high ? format(b.low) : `${format(b.low)} – ${format(b.high)}`}
            </li>
          ))}
          <li>
            <span className="swatch" style={{ background: NO_DATA }} aria-hidden="true" />
            {t('compare.noData')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
