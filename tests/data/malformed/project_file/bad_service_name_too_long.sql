UPDATE data_service SET name = name || printf('%.400c', 'x');
