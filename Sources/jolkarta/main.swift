print("jolkarta")
