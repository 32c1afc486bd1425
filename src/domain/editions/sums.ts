/** Sums of an edition's figures as the store returns them. */
export interface DonorSeriesSum {
  party_code: string;
  donor_name: string;
  series: string;
  amount_minor: bigint;
}

export interface PeriodSum {
  period: string;
  series: string;
  amount_minor: bigint;
}
