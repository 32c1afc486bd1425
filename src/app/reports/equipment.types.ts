/** Input and output schemas of the equipment report. */
import * as z from 'zod';
import { partyCode } from './report.types.ts';

export const equipmentReportInput = z.object({
  recipient: partyCode.default('UA'),
  category: z
    .string()
    .regex(/^[a-z_]{2,40}$/, 'a catalogue category such as air_defence')
    .nullable()
    .default(null)
    .describe('Only this category'),
});
export type EquipmentReportInput = z.input<typeof equipmentReportInput>;

const quantity = z.string().describe('Whole units, exact decimal string');
const system = z.object({
  equipment: z.string().nullable().describe('Catalogue id; null for lines that name a category only'),
  name: z.string().nullable(),
  category: z.string(),
  unit: z.string().nullable(),
  commitments: z.number().int().describe('Commitments with a line of this system, cancelled ones left out'),
  lines: z.number().int(),
  committed: quantity.describe('Committed quantity (raised by deliveries marked as increases)'),
  delivered: quantity.describe('Delivered quantity, never above the committed one, line by line'),
  unquantified: z.number().int().describe('Lines without a quantity: counted, not summed'),
  approximate: z.number().int().describe('Lines with an approximate quantity (about, at least, at most)'),
  cancelled: z.number().int().describe('Cancelled commitments, left out of every other figure'),
  donors: z.array(z.string()),
});

export const equipmentReport = z
  .object({
    recipient: z.string(),
    category: z.string().nullable(),
    categories: z.array(
      z.object({
        category: z.string(),
        systems: z.number().int().describe('Catalogue systems given in this category'),
        lines: z.number().int(),
        donors: z.array(z.string()),
      }),
    ),
    systems: z.array(system),
  })
  .meta({ id: 'EquipmentReport' });
export type EquipmentReport = z.infer<typeof equipmentReport>;
