UPDATE need SET domain = 'astrologie';
