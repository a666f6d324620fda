UPDATE measurement SET indicator_id = 987654 WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);
