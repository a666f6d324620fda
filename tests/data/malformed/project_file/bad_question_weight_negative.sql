UPDATE question SET weight = -3;
