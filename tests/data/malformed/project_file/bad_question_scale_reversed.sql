UPDATE question SET scale_min = 9, scale_max = 1;
