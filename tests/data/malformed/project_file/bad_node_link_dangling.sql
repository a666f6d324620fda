INSERT INTO node_link (node_id, need_id) VALUES (987654, (SELECT MIN(id) FROM need));
