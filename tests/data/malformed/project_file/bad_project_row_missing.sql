DELETE FROM project;
