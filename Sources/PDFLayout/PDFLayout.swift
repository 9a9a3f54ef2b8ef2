import CPoppler
