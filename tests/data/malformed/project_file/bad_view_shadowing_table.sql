ALTER TABLE setting RENAME TO setting_old; CREATE VIEW setting AS SELECT key, value FROM setting_old;
