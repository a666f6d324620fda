DROP TABLE node_link; DROP TABLE indicator_quality; DROP TABLE indicator_level;
