MERGE INTO item (id, name, stock) KEY (id) VALUES (1, 'apples', 120), (2, 'pears', 80), (3, 'plums', 45);
