/** The shapes of a requirements list as users import it and as readers see it. */
import * as z from 'zod';
import { isoDate, partyCode, recordId, sourceRef, visibility } from '../ledger/fields.ts';

export const requirementStatuses = ['open', 'covered', 'withdrawn'] as const;

export const requirementLinkInput = z
  .object({
    commitment: recordId,
    line: z.number().int().min(1).nullable().optional(),
    quantity: z.number().int().nonnegative().max(1e12).nullable().optional(),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();
export type RequirementLinkInput = z.infer<typeof requirementLinkInput>;

export const requirementInput = z
  .object({
    key: recordId,
    capability: z.string().min(1).max(200),
    equipment: recordId.nullable().optional(),
    category: z.string().max(64).nullable().optional(),
    quantity: z.number().int().nonnegative().max(1e12).nullable().optional(),
    unit: z.string().max(40).nullable().optional(),
    priority: z.number().int().min(1).max(100_000),
    needed_by: isoDate.nullable().optional(),
    status: z.enum(requirementStatuses).optional(),
    notes: z.string().max(10_000).nullable().optional(),
    visibility: visibility.optional(),
    links: z.array(requirementLinkInput).max(200).optional(),
  })
  .strict()
  .refine((r) => r.equipment || r.category, {
    message: 'name the equipment or its category',
    path: ['equipment'],
  });
export type RequirementInput = z.infer<typeof requirementInput>;

export const requirementListInput = z
  .object({
    id: recordId,
    edition: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'The edition this record is (as an export writes every edition): an edition already stored is left alone, the next one is added even when it equals the current',
      ),
    recipient: partyCode,
    title: z.string().min(1).max(300),
    issued_on: isoDate.nullable().optional(),
    note: z.string().max(10_000).nullable().optional(),
    visibility: visibility.optional(),
    owner_party: partyCode.nullable().optional(),
    sources: z.array(sourceRef).max(50).optional(),
    requirements: z.array(requirementInput).max(5000),
  })
  .strict()
  .refine((l) => new Set(l.requirements.map((r) => r.key)).size === l.requirements.length, {
    message: 'each requirement key appears once',
    path: ['requirements'],
  });
export type RequirementListInput = z.infer<typeof requirementListInput>;

export const requirementOutput = z
  .object({
    key: z.string(),
    capability: z.string(),
    equipment: z.string().nullable(),
    category: z.string().nullable(),
    quantity: z.number().int().nullable(),
    unit: z.string().nullable(),
    priority: z.number().int(),
    needed_by: z.string().nullable(),
    status: z.enum(requirementStatuses),
    notes: z.string().nullable(),
    visibility: visibility,
  })
  .meta({ id: 'Requirement' });
export type RequirementOutput = z.infer<typeof requirementOutput>;

export const requirementListOutput = z
  .object({
    id: z.string(),
    recipient: z.string(),
    title: z.string(),
    edition: z.number().int(),
    current_edition: z.number().int(),
    issued_on: z.string().nullable(),
    note: z.string().nullable(),
    sources: z.array(z.unknown()),
    visibility: visibility,
    owner_party: z.string().nullable(),
    requirements: z.array(requirementOutput),
  })
  .meta({ id: 'RequirementList' });
export type RequirementListOutput = z.infer<typeof requirementListOutput>;
