INSERT INTO node_link (node_id, need_id, principle_id) VALUES ((SELECT MIN(id) FROM framework_node), (SELECT MIN(id) FROM need), (SELECT MIN(id) FROM principle));
