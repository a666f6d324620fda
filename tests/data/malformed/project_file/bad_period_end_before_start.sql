UPDATE period SET start_date = '2030-01-01', end_date = '2020-01-01';
