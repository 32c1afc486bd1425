import * as z from 'zod';
import { isCalendarDate } from '../../domain/dates.ts';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date')
  .describe('Calendar date, YYYY-MM-DD');

export const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Page size (1-1000)'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows to skip'),
};

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('Rows matching the filters, all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    request_id: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');

export const errorResponses = {
  400: problemSchema,
  404: problemSchema,
  422: problemSchema,
};
