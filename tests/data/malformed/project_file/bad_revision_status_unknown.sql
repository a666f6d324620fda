INSERT INTO vademecum_revision (number, created_at, status, snapshot) VALUES (1, '2026-01-01T00:00:00Z', 'brouillon', x'');
