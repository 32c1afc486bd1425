-- Failed sign-ins, counted per account name and per client address, so that every server process
-- on one database slows down the same guesser. Rows are keyed `account:<name>` or `address:<ip>`.

CREATE TABLE sign_in_failures (
  key text PRIMARY KEY,
  failures integer NOT NULL CHECK (failures > 0),
  last_failure_at timestamptz NOT NULL,
  blocked_until timestamptz
);
