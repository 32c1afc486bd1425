/** Texte français de la page d’une source. */
import type { sourcesEn } from './sources.en.ts';

export const sourcesFr: Record<keyof typeof sourcesEn, string> = {
  'source.title': 'Source',
  'source.open': 'Page de la source',
  'source.original': 'Original',
  'source.published': 'Publié le {date}',
  'source.language': 'Langue : {language}',
  'source.text': 'Texte conservé',
  'source.noText': 'Aucun texte de cette source n’est conservé : seulement son adresse.',
  'source.withheld': 'Un texte de cette source est conservé, mais votre rôle ne permet pas de le lire.',
  'source.cited': 'Enregistrements qui citent cette source',
  'source.noCitation': 'Aucun enregistrement visible pour vous ne cite cette source.',
  'source.noSpan': 'cité sans passage',
  'source.passage': 'Passage {n}',
  'source.record.commitment': 'Engagement',
  'source.record.package': 'Paquet',
  'source.record.meeting': 'Réunion',
  'source.record.claim': 'Déclaration',
  'source.record.equipment': 'Matériel',
  'source.record.target': 'Objectif',
  'source.record.policy_event': 'Événement politique',
  'source.record.person': 'Personne',
};
