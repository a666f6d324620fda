UPDATE measurement SET confidence = 7;
