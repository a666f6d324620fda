UPDATE measurement SET state = 'peut-être' WHERE (service_id, indicator_id, period_id) = (SELECT service_id, indicator_id, period_id FROM measurement LIMIT 1);
