UPDATE indicator_quality SET rating = 9;
