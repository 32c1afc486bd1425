-- Reports: exact half-to-even rounding for set-based currency conversion, and the indexes the
-- report queries walk.

-- num / den rounded to an integer, ties to even, exactly: div() and mod() on numeric are exact
-- long division, so the result is the one src/domain/money/decimal.ts roundRatio gives, never a
-- rounding of an already rounded quotient. For num >= 0 and den > 0 (money is never negative).
-- A single-expression SQL function without STRICT, so that the planner inlines it.
CREATE FUNCTION round_half_even_ratio(num numeric, den numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN 2 * mod(num, den) > den THEN div(num, den) + 1
    WHEN 2 * mod(num, den) = den THEN div(num, den) + mod(div(num, den), 2)
    ELSE div(num, den)
  END
$$;

-- Commitments of one recipient by announcement date (the usual report scope).
CREATE INDEX commitments_by_recipient_announced ON commitments (recipient, announced_on);
-- Package shares counted through their commitment are looked up by it.
CREATE INDEX package_funders_by_commitment ON package_funders (commitment_id);
