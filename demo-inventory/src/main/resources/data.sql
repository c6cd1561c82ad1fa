-- Seeds the shelves once: a restart against a kept PostgreSQL database keeps the stock it has.
-- Quantities are large because the shopper buys around the clock.
INSERT INTO stock (sku, name, price_cents, quantity)
SELECT v.sku, v.name, v.price_cents, v.quantity
FROM (VALUES
	('apple', 'Apple', 45, 1000000),
	('banana', 'Banana', 30, 1000000),
	('bread', 'Sourdough bread', 420, 1000000),
	('milk', 'Milk', 129, 1000000),
	('eggs', 'Eggs (6)', 249, 1000000),
	('coffee', 'Coffee beans', 899, 1000000),
	('cheese', 'Comte cheese', 615, 1000000),
	('tomato', 'Tomato', 60, 1000000)
) AS v (sku, name, price_cents, quantity)
WHERE NOT EXISTS (SELECT 1 FROM stock s WHERE s.sku = v.sku);
