PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'parent_id, position', 'position, parent_id') WHERE name = 'framework_node_parent';
