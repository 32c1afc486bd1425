/** Texte français des définitions des chiffres : engagé, livré, étapes de l’avancement et part estimée. */
import type { figuresEn } from './figures.en.ts';

export const figuresFr: Record<keyof typeof figuresEn, string> = {
  'definition.committed':
    'Chaque promesse d’aide à son propre montant ou, pour du matériel donné sans prix, à la valeur unitaire du catalogue × la quantité ; chacune convertie à sa date de valeur.',
  'definition.delivered':
    'La valeur de chaque engagement × la part de ses quantités livrée (toute sa valeur une fois livré) : les livraisons partielles comptent.',
  'definition.stages':
    'Le total engagé par étape, dont la somme lui est égale : « livré » est le total livré ci-dessus ; chaque autre étape est la valeur non encore livrée des engagements à ce statut.',
  'estimated.part': '{percent} estimés d’après les prix du catalogue ({amount})',
  'estimated.none': 'rien d’estimé : chaque montant est enregistré',
  'stages.sum': 'Les étapes font le total engagé, {amount}.',
  'stages.title': 'Valeur engagée par étape',
  'stages.stage': 'Étape',
  'stages.value': 'Valeur',
  'stages.estimated': 'Estimé d’après les prix du catalogue',
  'stages.count': 'Engagements',
};
