-- Runs at every start, on H2 and on PostgreSQL: only statements both accept, and idempotent.
CREATE TABLE IF NOT EXISTS stock (
	sku VARCHAR(32) PRIMARY KEY,
	name VARCHAR(64) NOT NULL,
	price_cents INTEGER NOT NULL,
	quantity INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS order_lines (
	order_id VARCHAR(64) NOT NULL,
	sku VARCHAR(32) NOT NULL REFERENCES stock (sku),
	quantity INTEGER NOT NULL,
	PRIMARY KEY (order_id, sku)
);
