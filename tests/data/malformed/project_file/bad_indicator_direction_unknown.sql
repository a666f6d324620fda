UPDATE indicator SET direction = 'sideways';
