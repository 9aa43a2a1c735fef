import CNcurses
import QuothView
