/**
 * Country outlines as SVG paths, keyed by ISO 3166-1 alpha-2 code: world-atlas (Natural Earth
 * 1:110m, ids are ISO numeric codes) through topojson-client, projected with d3-geo's Equal Earth
 * projection so that areas compare fairly. Loaded only by the map.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';

export interface CountryShape {
  code: string | null;
  name: string;
  d: string;
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

/** Shapes Natural Earth draws without an ISO numeric id. */
const withoutId: Record<string, string> = { Kosovo: 'XK' };
const ANTARCTICA = '010';

export function worldShapes(): CountryShape[] {
  const collection = feature(world, world.objects.countries);
  const shown = collection.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], {
    type: 'FeatureCollection',
    features: shown,
  });
  const path = geoPath(projection);
  return shown.flatMap((f) => {
    const d = path(f);
    if (!d) return [];
    const name = f.properties?.name ?? '';
    const code =
      f.id === undefined ? (withoutId[name] ?? null) : (countries.numericToAlpha2(String(f.id)) ?? null);
    return [{ code, name, d }];
  });
}
