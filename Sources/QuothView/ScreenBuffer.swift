import QuothModel
