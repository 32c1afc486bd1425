-- Exact sums of fractions for set-based reports: ratio_sum(num, den) adds num/den over a group
-- and answers the sum as a reduced fraction {numerator, denominator}, never a rounded quotient,
-- so that a value × that share rounds (round_half_even_ratio, migration 0004) exactly as
-- src/domain/money/decimal.ts does. NULL inputs are skipped; an empty group answers {0, 1}.
-- PL/pgSQL, because an aggregate's step is never inlined and a PL/pgSQL call costs far less than
-- a SQL-language one; the fraction is reduced only once it grows long, and at the end.
CREATE FUNCTION ratio_reduce(r numeric[]) RETURNS numeric[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  g numeric := gcd(r[1], r[2]);
BEGIN
  RETURN ARRAY[div(r[1], g), div(r[2], g)];
END
$$;

CREATE FUNCTION ratio_sum_step(acc numeric[], num numeric, den numeric) RETURNS numeric[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  d numeric := acc[2] * den;
BEGIN
  IF d > 1e30 THEN
    RETURN ratio_reduce(ARRAY[acc[1] * den + num * acc[2], d]);
  END IF;
  RETURN ARRAY[acc[1] * den + num * acc[2], d];
END
$$;

CREATE AGGREGATE ratio_sum(numeric, numeric) (
  SFUNC = ratio_sum_step,
  STYPE = numeric[],
  FINALFUNC = ratio_reduce,
  INITCOND = '{0,1}'
);
